pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// One picture as large as the screen allows, with its caption, credit and rights beneath.
// A swipe steps to the next or previous picture of the section it was opened from.
Rectangle {
    id: screen
    objectName: "photoScreen"

    property string key: ""
    // Fixed when the screen opens: a swipe changes `key`, and must not reload the pages.
    property var sequence: []
    readonly property var item: Exhibition.mediaItem(key, Visit.language)

    color: "#121110"

    Component.onCompleted: {
        sequence = Exhibition.photoSequence(key);
        pager.positionViewAtIndex(Math.max(0, sequence.indexOf(key)), ListView.Beginning);
        pager.currentIndex = Math.max(0, sequence.indexOf(key));
    }

    ListView {
        id: pager
        objectName: "photoPager"
        anchors.top: parent.top
        anchors.bottom: info.top
        anchors.bottomMargin: Theme.gap
        width: parent.width
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        boundsBehavior: Flickable.StopAtBounds
        highlightMoveDuration: 250
        cacheBuffer: 0  // the pages either side only: a section may hold thousands
        clip: true
        model: screen.sequence

        onCurrentIndexChanged: {
            if (currentIndex >= 0 && currentIndex < screen.sequence.length)
                screen.key = screen.sequence[currentIndex];
        }

        delegate: Item {
            id: page
            required property string modelData
            required property int index
            readonly property var media: Exhibition.mediaItem(modelData, Visit.language)
            objectName: "photoPage-" + index
            width: pager.width
            height: pager.height

            Picture {
                anchors.fill: parent
                anchors.topMargin: Theme.gap
                anchors.leftMargin: Theme.gap
                anchors.rightMargin: Theme.gap
                color: "transparent"
                fillMode: Image.PreserveAspectFit
                path: page.media.display ?? ""
                caption: page.media.caption ?? ""
                alt: page.media.alt ?? ""
            }
        }
    }

    Column {
        id: info
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap / 4

        Row {
            spacing: Theme.gap / 2
            width: parent.width

            SampleBadge {
                visible: screen.item.sample ?? false
            }
            Label {
                objectName: "photoCaption"
                width: parent.width - Theme.gap * 6
                text: screen.item.caption ?? ""
            }
        }
        Label {
            objectName: "photoCredit"
            width: parent.width
            visible: text !== ""
            text: [screen.item.credit, screen.item.rights].filter(t => !!t).join("  ·  ")
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
        }
        Text {
            objectName: "photoPosition"
            visible: screen.sequence.length > 1
            text: (pager.currentIndex + 1) + " / " + screen.sequence.length
            color: Theme.textMuted
            font.family: Theme.bodyFont
            font.pixelSize: Theme.smallSize
        }
    }
}
