"""The app's screens: start (paste or open), main (points, related, letter), and the dialogs."""
