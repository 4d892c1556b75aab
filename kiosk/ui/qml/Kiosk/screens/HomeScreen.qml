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

            readonly property int tileRows: Math.ceil(sections.count / columns)
            readonly property real tileWidth: (width - (columns - 1) * spacing) / columns
            // The tiles share the screen below the title, so that every section shows without
            // scrolling; each is at least as tall as its words need at the visitor's text size.
            readonly property real tileHeight: Math.max(
                tallestWords, (home.height - y - 2 * Theme.margin - (tileRows - 1) * spacing) / tileRows)
            property real tallestWords: 0

            function measure() {
                let tallest = 0;
                for (let i = 0; i < sections.count; ++i) {
                    const tile = sections.itemAt(i) as SectionTile;
                    if (tile)
                        tallest = Math.max(tallest, tile.wordsHeight);
                }
                tallestWords = tallest;
            }

            Repeater {
                id: sections
                model: Exhibition.sections

                SectionTile {
                    required property string slug
                    required property string kind
                    required property string title
                    required property string intro
                    required property string image
                    required property bool imageSample
                    objectName: "sectionTile-" + slug
                    width: tiles.tileWidth
                    height: tiles.tileHeight
                    heading: title
                    summary: intro
                    picture: image
                    pictureSample: imageSample
                    onWordsHeightChanged: Qt.callLater(tiles.measure)  // once for all the tiles
                    Component.onCompleted: Qt.callLater(tiles.measure)
                    onTapped: Navigator.openSection(kind, slug)
                }
            }
        }
    }

    ScrollHint {
        parent: home
        flickable: home
    }
}
