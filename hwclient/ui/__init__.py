"""Qt widgets: windows, pages and widgets. No business rules here (see DESIGN.md).

Importing this package first makes PySide6's import hook cheap (see qt_imports).
"""

from hwclient.ui import qt_imports

qt_imports.install()
