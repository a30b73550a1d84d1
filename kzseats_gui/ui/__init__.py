"""Everything Qt: the main window, background tasks, table models, dialogs and printing."""
