"""The window's views: one module per view, built when first shown."""
