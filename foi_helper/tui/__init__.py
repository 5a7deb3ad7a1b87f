"""The Textual app. The only part of foi-helper that imports textual."""
