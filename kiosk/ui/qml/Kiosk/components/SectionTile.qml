import QtQuick
import Kiosk

// A large tile on Home: the section's picture, its name and a line about it over its foot.
Rectangle {
    id: tile

    property string heading: ""
    property string summary: ""
    property string picture: ""
    property bool pictureSample: false

    // The height its name and summary need, with room above them for the picture to show.
    readonly property real wordsHeight: words.implicitHeight + 3.5 * Theme.gap

    signal tapped

    radius: Theme.radius
    color: Theme.surface
    clip: true
    scale: tap.pressed ? 0.98 : 1
    Accessible.role: Accessible.Button
    Accessible.name: heading
    Accessible.onPressAction: tile.tapped()
    activeFocusOnTab: true

    Behavior on scale {
        NumberAnimation {
            duration: Theme.motionless ? 0 : 80
        }
    }

    Picture {
        anchors.fill: parent
        path: tile.picture
        caption: ""
        opacity: Theme.tilePictureOpacity
        visible: tile.picture !== ""
    }
    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop {
                position: 0.35
                color: Theme.fade(Theme.background, 0)
            }
            GradientStop {
                position: 1.0
                color: Theme.fade(Theme.background, 0.92)
            }
        }
    }
    Rectangle {
        anchors.fill: parent
        color: Theme.pressed
        opacity: tap.pressed ? 0.5 : 0
    }

    Column {
        id: words
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap * 1.5
        spacing: Theme.gap / 2

        Text {
            width: parent.width
            text: tile.heading
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            color: Theme.text
            font.family: Theme.titleFont
            font.pixelSize: Theme.headingSize
            wrapMode: Text.Wrap
        }
        Label {
            width: parent.width
            text: tile.summary
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
    }

    SampleBadge {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        visible: tile.picture !== "" && tile.pictureSample
        onPicture: true
    }

    Rectangle {
        anchors.left: parent.left
        width: 4 * Theme.unit
        height: parent.height
        color: Theme.accent
    }

    FocusRing {}

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: tile.tapped()
    }
}
