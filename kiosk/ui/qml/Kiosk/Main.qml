import QtQuick
import QtQuick.Window

// The first window: the exhibition's title, set in the bundled fonts. The visitor app grows here.
Window {
    id: root

    required property string exhibitionTitle
    required property string exhibitionSubtitle
    required property string venue
    required property bool windowed

    width: 1280
    height: 800
    color: Theme.background
    title: exhibitionTitle
    flags: windowed ? Qt.Window : (Qt.Window | Qt.FramelessWindowHint)

    // One unit is a pixel at 1080 on the short side, so portrait screens get the same type size.
    readonly property real unit: Math.min(width, height) / 1080

    Column {
        objectName: "titleBlock"
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: 32 * root.unit

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 120 * root.unit
            height: 4 * root.unit
            color: Theme.accent
        }
        Text {
            objectName: "exhibitionTitle"
            width: parent.width
            text: root.exhibitionTitle
            color: Theme.text
            font.family: Theme.titleFont
            font.pixelSize: 84 * root.unit
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "exhibitionSubtitle"
            width: parent.width
            text: root.exhibitionSubtitle
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: 36 * root.unit
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Text {
            objectName: "venue"
            width: parent.width
            text: root.venue
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: 28 * root.unit
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
