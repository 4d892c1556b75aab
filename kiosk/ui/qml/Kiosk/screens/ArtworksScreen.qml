pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// Student artworks: a grid of works with title and artist as their consent allows.
Item {
    id: screen
    objectName: "artworksScreen"

    property string key: ""
    readonly property var section: sectionDetail.item
    readonly property ItemDetail sectionDetail: ItemDetail {
        kind: "section"
        key: screen.key
    }

    ScreenHeader {
        id: header
        x: Theme.margin
        y: Theme.margin / 2
        width: parent.width - 2 * Theme.margin
        title: screen.section.title ?? ""
        lead: screen.section.intro ?? ""
    }

    GridView {
        id: grid
        objectName: "artworksGrid"
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap * 1.5
        anchors.bottom: parent.bottom
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        readonly property int columns: Math.max(2, Math.round(width / (420 * Theme.unit)))
        cellWidth: width / columns
        cellHeight: cellWidth * 0.75 + 120 * Theme.unit * Theme.textScale
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        model: Exhibition.artworks

        delegate: GridTile {
            id: cell
            required property string slug
            required property string title
            required property string artist
            required property string year
            required property string thumb
            required property string display
            required property real aspect
            required property int thumbWidth
            required property int thumbHeight
            required property string caption
            required property bool sample
            objectName: "artworkTile-" + slug
            name: [title, artist || qsTr("Name withheld"), year].filter(t => !!t).join(", ")
            onTapped: Navigator.open(Navigator.Artwork, cell.slug)
            width: grid.cellWidth
            height: grid.cellHeight
            pictureHeight: (width - Theme.gap) * 0.75

            content: Item {
                Picture {
                    id: picture
                    width: parent.width - Theme.gap
                    height: cell.pictureHeight
                    path: cell.thumb
                    detailPath: cell.display
                    pathSize: Qt.size(cell.thumbWidth, cell.thumbHeight)
                    fillMode: Image.PreserveAspectFit  // a work is never cropped: whole, on a ground
                    caption: cell.caption
                    scale: tap.pressed ? 0.97 : 1

                    Loader {
                        active: cell.sample  // made only where shown, not hidden in every tile
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.gap / 2
                        sourceComponent: SampleBadge {
                            onPicture: true
                        }
                    }
                }
                Column {
                    anchors.top: picture.bottom
                    anchors.topMargin: Theme.gap / 3
                    width: picture.width

                    Text {
                        textFormat: Text.PlainText
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        width: parent.width
                        text: cell.title
                        color: Theme.text
                        font.family: Theme.titleFont
                        font.pixelSize: Theme.bodySize
                        elide: Text.ElideRight
                    }
                    Text {
                        textFormat: Text.PlainText
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        width: parent.width
                        text: [cell.artist || qsTr("Name withheld"), cell.year].filter(t => !!t).join(", ")
                        color: Theme.textMuted
                        font.family: Theme.bodyFont
                        font.pixelSize: Theme.smallSize
                        elide: Text.ElideRight
                    }
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
