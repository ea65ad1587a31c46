"""The Qt desktop window, on top of `briefer.core`."""
