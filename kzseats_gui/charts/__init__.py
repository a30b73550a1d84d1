"""Chart geometry and Qt-free writers shared by the screen, the printer and the command line."""
