pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// An event's pictures in a row that scrolls sideways; each opens full screen.
ListView {
    id: strip
    objectName: "mediaStrip"

    property var items: []

    visible: items.length > 0
    height: visible ? width * 0.42 : 0
    orientation: ListView.Horizontal
    spacing: Theme.gap / 2
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    model: items

    delegate: Column {
        id: entry
        required property var modelData
        required property int index
        objectName: "stripItem-" + index
        width: strip.items.length > 1 ? strip.width * 0.72 : strip.width
        spacing: Theme.gap / 4

        Picture {
            width: parent.width
            height: strip.height - caption.height - Theme.gap / 4
            path: entry.modelData.display
            caption: entry.modelData.caption
            alt: entry.modelData.alt
            scale: tap.pressed ? 0.98 : 1
            activeFocusOnTab: true
            Accessible.role: Accessible.Button  // it opens the picture full screen
            Accessible.onPressAction: Navigator.open(Navigator.Photo, entry.modelData.slug)

            PlayMark {
                visible: entry.modelData.kind === "video"
                anchors.centerIn: parent
                seconds: entry.modelData.duration
            }
            SampleBadge {
                visible: entry.modelData.sample
                onPicture: true
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.gap / 2
            }
            FocusRing {}
            TapHandler {
                id: tap
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: Navigator.open(Navigator.Photo, entry.modelData.slug)
            }
        }
        Text {
            id: caption
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            width: parent.width
            text: entry.modelData.caption
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
            elide: Text.ElideRight
        }
    }
}
