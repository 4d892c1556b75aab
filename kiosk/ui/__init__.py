"""The Qt Quick visitor app. The only package that imports PySide6."""
