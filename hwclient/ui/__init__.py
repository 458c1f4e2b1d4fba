"""Qt widgets: windows, pages and widgets. No business rules here (see DESIGN.md)."""
