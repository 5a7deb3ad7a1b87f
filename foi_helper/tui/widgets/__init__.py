"""The app's own widgets. User and parliamentary text is always shown as literal text, never markup."""
