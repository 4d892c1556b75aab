"""List models for QML views, one per file, each row's roles derived from a row dataclass of
`kiosk.services.rows`."""
