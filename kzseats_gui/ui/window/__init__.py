"""The main window and what belongs to it alone: layout, menus and commands, exports and printing,
dialogs, the settings panel, the lots banner, the status bar and window geometry."""
