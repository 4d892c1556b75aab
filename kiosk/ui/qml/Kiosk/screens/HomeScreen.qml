pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// Home: the exhibition's title and a large tile for each section.
Flickable {
    id: home
    objectName: "homeScreen"

    readonly property bool narrow: width < height
    readonly property int columns: narrow ? 1 : 2

    contentHeight: page.height + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Column {
        id: page
        x: Theme.margin
        y: Theme.margin
        width: home.width - 2 * Theme.margin
        spacing: Theme.gap * 1.5

        ScreenHeader {
            width: parent.width
            title: Exhibition.title
            lead: Exhibition.intro
        }

        Grid {
            id: tiles
            columns: home.columns
            spacing: Theme.gap
            width: parent.width

            readonly property real tileWidth: (width - (columns - 1) * spacing) / columns
            readonly property real tileHeight: home.narrow ? tileWidth * 0.55
                                                           : Math.max(300 * Theme.unit,
                                                                      (home.height - y - 3 * Theme.margin) / 2)

            Repeater {
                model: Exhibition.sections

                SectionTile {
                    required property string slug
                    required property string kind
                    required property string title
                    required property string intro
                    required property string image
                    objectName: "sectionTile-" + slug
                    width: tiles.tileWidth
                    height: tiles.tileHeight
                    heading: title
                    summary: intro
                    picture: image
                    onTapped: Navigator.open(kind, slug)
                }
            }
        }
    }

    ScrollHint {
        parent: home
        flickable: home
    }
}
