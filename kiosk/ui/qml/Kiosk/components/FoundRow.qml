import QtQuick
import Kiosk

// One search result: its thumbnail, its title with the typed words in bold, its date, credit,
// artist or composer. Tapping it opens the item where it lives.
Rectangle {
    id: row

    property string titleText: ""
    property string markedTitle: ""  // StyledText, escaped by kiosk.content.rich_text
    property string detailText: ""
    property string thumbPath: ""

    signal tapped

    radius: Theme.radius
    color: tap.pressed ? Theme.pressed : Theme.surface
    implicitHeight: Math.max(Theme.target + Theme.gap / 2, words.height + Theme.gap)
    Accessible.role: Accessible.Button
    Accessible.name: [titleText, detailText].filter(t => !!t).join(", ")
    Accessible.onPressAction: row.tapped()
    activeFocusOnTab: true

    Picture {
        id: picture
        visible: row.thumbPath !== ""
        x: Theme.gap / 2
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.target
        height: Theme.target
        path: row.thumbPath
    }
    Column {
        id: words
        anchors.left: picture.visible ? picture.right : parent.left
        anchors.leftMargin: Theme.gap
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.gap / 6

        Label {
            objectName: "foundTitle"
            width: parent.width
            textFormat: Text.StyledText
            text: row.markedTitle
            font.family: Theme.titleFont
        }
        Label {
            width: parent.width
            visible: text !== ""
            text: row.detailText
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
    }
    FocusRing {}

    TapHandler {
        id: tap
        onTapped: row.tapped()
    }
}
