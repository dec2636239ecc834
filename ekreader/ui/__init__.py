"""The Textual reader: screens, widgets and the app; reads the store, never parses feeds."""
