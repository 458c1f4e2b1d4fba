"""Reusable widgets: banners, status rows, camera preview, level meter, countdown."""
