import QtQuick
import Kiosk

// Marks demo content that is not from the exhibition's sources: the one sample mark, in the
// visitor's language (the sample pictures carry none of their own).
Rectangle {
    property bool onPicture: false  // over a picture: on a dark ground of its own
    // Where room is short (a narrow thumbnail at the largest text) the word shrinks to fit.
    property real maximumWidth: Number.POSITIVE_INFINITY

    implicitWidth: Math.min(maximumWidth, label.implicitWidth + Theme.gap)
    implicitHeight: label.implicitHeight + Theme.gap / 3
    radius: Theme.radius
    color: onPicture ? Theme.markOnPicture : "transparent"
    border.color: Theme.sample
    border.width: Math.max(1, 2 * Theme.unit)

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - Theme.gap / 2)
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 10 * Theme.unit
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Sample")
        textFormat: Text.PlainText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        color: Theme.sample
        font.family: Theme.bodyFont
        font.pixelSize: Theme.smallSize
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 1.5 * Theme.unit
    }
}
