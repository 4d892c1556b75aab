import QtQuick
import Kiosk

// Body text in the theme: wraps, never elides, follows the visitor's text size.
Text {
    color: Theme.text
    font.family: Theme.bodyFont
    font.pixelSize: Theme.bodySize
    wrapMode: Text.Wrap
    lineHeight: 1.15
    textFormat: Text.PlainText
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
