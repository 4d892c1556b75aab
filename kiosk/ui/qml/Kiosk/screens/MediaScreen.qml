pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// Photos and video: a grid of pictures and video posters with their captions; each opens
// full screen.
Item {
    id: screen
    objectName: "mediaScreen"

    property string key: ""
    readonly property var section: Exhibition.section(key, Visit.language)

    Component.onCompleted: Exhibition.showMediaSection(key)

    ScreenHeader {
        id: header
        x: Theme.margin
        y: Theme.margin / 2
        width: parent.width - 2 * Theme.margin
        title: screen.section.title ?? ""
        lead: screen.section.intro ?? ""
    }

    ListView {
        // Narrow the grid to a track or an era of the chronology, where the media is linked.
        id: filters
        objectName: "mediaFilters"
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        height: visible ? Theme.target : 0
        visible: count > 0
        orientation: ListView.Horizontal
        spacing: Theme.gap / 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: {
            const chosen = Exhibition.mediaFilters(screen.key, Visit.language);
            return chosen.length ? [{
                    "slug": "",
                    "title": qsTr("All"),
                    "group": ""
                }].concat(chosen) : [];
        }
        // Tracks and eras apart, each group under its name: "Remembrance" (a story) and
        // "Remembering" (a period) side by side would read as the same thing twice.
        section.property: "group"
        section.delegate: Text {
            required property string section
            objectName: "mediaFilterGroup-" + section
            height: Theme.target
            leftPadding: section !== "" ? Theme.gap : 0
            rightPadding: section !== "" ? Theme.gap / 2 : 0
            verticalAlignment: Text.AlignVCenter
            text: section === "track" ? qsTr("Story:") : section === "era" ? qsTr("Period:") : ""
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
        }

        delegate: KioskButton {
            required property var modelData
            objectName: "mediaFilter-" + (modelData.slug || "all")
            text: modelData.title
            fontSize: Theme.smallSize
            checked: Exhibition.mediaFilter === modelData.slug
            onTapped: Exhibition.chooseMediaFilter(modelData.slug)
        }
    }

    GridView {
        id: grid
        objectName: "mediaGrid"
        anchors.top: filters.bottom
        anchors.topMargin: Theme.gap * 1.5
        anchors.bottom: parent.bottom
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        readonly property int columns: Math.max(2, Math.round(width / (440 * Theme.unit)))
        cellWidth: width / columns
        cellHeight: cellWidth * 0.66 + 90 * Theme.unit * Theme.textScale
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: Exhibition.media

        delegate: Item {
            id: cell
            required property int index
            required property string slug
            required property string thumb
            required property string caption
            required property string alt
            required property bool sample
            required property string kind
            required property real duration
            objectName: "mediaTile-" + index
            width: grid.cellWidth
            height: grid.cellHeight

            Picture {
                id: picture
                width: parent.width - Theme.gap
                height: width * 0.66
                path: cell.thumb
                caption: cell.caption
                alt: cell.alt
                horizontalAlignment: cell.sample ? Image.AlignLeft : Image.AlignHCenter
                verticalAlignment: cell.sample ? Image.AlignBottom : Image.AlignVCenter
                scale: tap.pressed ? 0.97 : 1

                PlayMark {
                    visible: cell.kind === "video"
                    anchors.centerIn: parent
                    seconds: cell.duration
                }
                SampleBadge {
                    visible: cell.sample
                    onPicture: true
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.gap / 2
                }
            }
            Text {
                anchors.top: picture.bottom
                anchors.topMargin: Theme.gap / 3
                width: picture.width
                text: cell.caption
                color: Theme.textMuted
                font.family: Theme.bodyFont
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            TapHandler {
                id: tap
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: Navigator.open("photo", cell.slug)
            }
        }
    }

    ScrollHint {
        flickable: grid
        span: screen
    }
}
