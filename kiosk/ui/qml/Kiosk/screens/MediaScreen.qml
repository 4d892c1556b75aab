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
    readonly property var section: sectionDetail.item
    readonly property ItemDetail sectionDetail: ItemDetail {
        kind: "section"
        key: screen.key
    }

    Component.onCompleted: Gallery.showSection(key)

    ScreenHeader {
        id: header
        x: Theme.margin
        y: Theme.margin / 2
        width: parent.width - 2 * Theme.margin
        title: screen.section.title ?? ""
        lead: screen.section.intro ?? ""
    }

    Flow {
        // Narrow the grid to a track or an era of the chronology, where the media is linked.
        // Tracks and eras apart, each group after its name: "Remembrance" (a story) and
        // "Remembering" (a period) side by side would read as the same thing twice. The row
        // wraps on a narrow screen rather than running off its edge.
        id: filters
        objectName: "mediaFilters"
        readonly property var choices: {
            const chosen = Gallery.filters;
            return chosen.length ? [{
                    "key": "",
                    "group": MediaFilter.All,
                    "slug": "",
                    "title": qsTr("All")
                }].concat(chosen) : [];
        }
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        height: visible ? implicitHeight : 0
        visible: choices.length > 0
        spacing: Theme.gap / 2

        Repeater {
            model: filters.choices

            Row {
                id: choice
                required property var modelData
                required property int index
                readonly property int group: modelData.group
                readonly property bool opensGroup: group !== MediaFilter.All
                                                   && filters.choices[index - 1].group !== group
                spacing: Theme.gap / 2

                Text {
                    objectName: "mediaFilterGroup-"
                                + (choice.group === MediaFilter.Track ? "track" : "era")
                    visible: choice.opensGroup
                    height: Theme.target
                    leftPadding: Theme.gap / 2
                    verticalAlignment: Text.AlignVCenter
                    text: choice.group === MediaFilter.Track ? qsTr("Story:") : qsTr("Period:")
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    color: Theme.textMuted
                    font.family: Theme.bodyFont
                    font.pixelSize: Theme.smallSize
                }
                KioskButton {
                    objectName: "mediaFilter-" + (choice.modelData.key || "all")
                    text: choice.modelData.title
                    fontSize: Theme.smallSize
                    checked: Gallery.filter === choice.modelData.key
                    onTapped: Gallery.chooseFilter(choice.group, choice.modelData.slug)
                }
            }
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
        // No cells made ahead off the frame: a filter can shrink the grid while one is being
        // made, which Qt reports ("DelegateModel::cancel: index out range"), as the search did.
        cacheBuffer: 0
        model: Gallery.media

        delegate: GridTile {
            id: cell
            required property int index
            required property string slug
            required property string thumb
            required property string display
            required property real aspect
            required property int thumbWidth
            required property int thumbHeight
            required property string caption
            required property string alt
            required property bool sample
            required property string kind
            required property real duration
            objectName: "mediaTile-" + index
            name: (kind === "video" ? qsTr("Film") + ": " : "") + (alt || caption)
            onTapped: Navigator.open(Navigator.Photo, cell.slug)
            width: grid.cellWidth
            height: grid.cellHeight
            pictureHeight: (width - Theme.gap) * 0.66

            content: Item {
                Picture {
                    id: picture
                    objectName: "mediaPicture-" + cell.index
                    width: parent.width - Theme.gap
                    height: cell.pictureHeight
                    path: cell.thumb
                    detailPath: cell.display
                    pathSize: Qt.size(cell.thumbWidth, cell.thumbHeight)
                    // A panorama or a tall picture is shown whole on a quiet ground: a crop to
                    // the tile's shape would keep a sliver of it.
                    fillMode: cell.aspect > 2.2 || (cell.aspect > 0 && cell.aspect < 0.75)
                              ? Image.PreserveAspectFit : Image.PreserveAspectCrop
                    caption: cell.caption
                    alt: cell.alt
                    scale: tap.pressed ? 0.97 : 1

                    // Made only where shown, not hidden in every tile.
                    Loader {
                        active: cell.kind === "video"
                        anchors.centerIn: parent
                        sourceComponent: PlayMark {
                            seconds: cell.duration
                        }
                    }
                    Loader {
                        active: cell.sample
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.gap / 2
                        sourceComponent: SampleBadge {
                            onPicture: true
                        }
                    }
                }
                Text {
                    objectName: "mediaCaption-" + cell.index
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
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
            }
            TapHandler {
                id: tap
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: cell.tapped()
            }
        }
    }

    ScrollHint {
        flickable: grid
        span: screen
    }
}
