import QtQuick
import Kiosk

// A screen's title in the serif face, an accent rule, and an optional lead paragraph.
Column {
    id: header

    property string title: ""
    property string lead: ""

    spacing: Theme.gap / 2

    Text {
        objectName: "screenTitle"
        textFormat: Text.PlainText
        Accessible.role: Accessible.Heading
        Accessible.name: text
        width: parent.width
        text: header.title
        color: Theme.text
        font.family: Theme.titleFont
        font.pixelSize: Theme.titleSize
        wrapMode: Text.Wrap
    }
    Rectangle {
        width: 96 * Theme.unit
        height: 3 * Theme.unit
        color: Theme.accent
    }
    Label {
        visible: header.lead !== ""
        width: Math.min(parent.width, 1400 * Theme.unit)
        text: header.lead
        color: Theme.textMuted
    }
}
