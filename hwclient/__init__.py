"""hwclient: the desktop app for Hello Work online job counselling."""

__version__ = "0.1.0"
APP_NAME = "hwclient"
APP_AUTHOR = "hwclient"
