import QtQuick
import Kiosk

// An event on the timeline: its picture, date, title and place, each whole at every text size
// (the timeline gives the card the height it asks for); where the timeline has no lanes to
// show it, the card names its track too.
Rectangle {
    id: card

    property string heading: ""
    property string when: ""
    property string where: ""
    property string picture: ""
    property bool pictureSample: false
    // Whether the card keeps room for its picture: a card only measured for its height keeps
    // the room without loading the picture.
    property bool pictured: picture !== ""
    property string track: ""
    required property int lane  // its track's lane, where the timeline has lanes

    signal tapped

    implicitHeight: Math.max(140 * Theme.unit, texts.implicitHeight + 1.2 * Theme.gap)
    radius: Theme.radius
    color: tap.pressed ? Theme.pressed : Theme.surface
    clip: true
    Accessible.role: Accessible.Button
    Accessible.name: when + ", " + heading
    Accessible.onPressAction: card.tapped()
    activeFocusOnTab: true

    Picture {
        id: thumb
        width: Math.min(parent.height, parent.width * 0.28)
        height: parent.height
        path: card.picture
        caption: ""
        visible: card.pictured

        SampleBadge {
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            anchors.margins: Theme.gap / 3
            visible: card.pictureSample
            onPicture: true
            maximumWidth: thumb.width - Theme.gap * 2 / 3
        }
    }
    Column {
        id: texts
        anchors.left: card.pictured ? thumb.right : parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap * 0.6
        spacing: Theme.gap / 3

        Text {
            objectName: "cardTrack"
            visible: card.track !== ""
            width: parent.width
            text: card.track
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 1.2 * Theme.unit
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "cardDate"
            width: parent.width
            text: card.when
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            color: Theme.accent
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "cardTitle"
            width: parent.width
            text: card.heading
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            color: Theme.text
            font.family: Theme.titleFont
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "cardPlace"
            width: parent.width
            text: card.where
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
            wrapMode: Text.Wrap
        }
    }

    FocusRing {}

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: card.tapped()
    }
}
