import QtQuick
import Kiosk

// Says that the window shows the draft (`kiosk preview`), not what visitors see: small, in a
// corner, over everything, and taking no touches.
Rectangle {
    objectName: "previewMark"
    implicitWidth: label.implicitWidth + Theme.gap
    implicitHeight: label.implicitHeight + Theme.gap / 3
    radius: Theme.radius
    color: Theme.markOnPicture
    border.color: Theme.accent
    border.width: Math.max(1, 2 * Theme.unit)
    z: 80

    Text {
        id: label
        anchors.centerIn: parent
        text: qsTr("Preview")
        textFormat: Text.PlainText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        color: Theme.accent
        font.family: Theme.bodyFont
        font.pixelSize: Theme.fixedControlSize * 0.75
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 1.5 * Theme.unit
    }
}
