pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// One picture or video as large as the screen allows, with its caption, credit and rights
// beneath. At fit, a swipe steps to the next or previous item of the grid (or the event) it
// was opened from; zoomed (pinch or double-tap), a swipe pans instead. A tap on a picture hides or shows
// the texts; on a video it plays or pauses.
Rectangle {
    id: screen
    objectName: "photoScreen"

    property string key: ""
    // Next and previous step within the screen: the navigator knows what is shown (statistics),
    // once the pager stands at the item tapped (filling it passes by the first item).
    onKeyChanged: if (placed)
        Navigator.stepTo(key)
    // What a swipe steps through, fixed when the screen opens: a swipe changes `key`, and
    // must not reload the pages.
    readonly property PhotoSequence sequence: PhotoSequence {}
    readonly property int count: sequence.count
    readonly property var item: detail.item
    readonly property ItemDetail detail: ItemDetail {
        kind: "media"
        key: screen.key
    }
    property bool showInfo: true
    // False until the pager stands at the item tapped and the texts have their height: the
    // pages make their pictures then, each decoded once at its final size (filling the pager
    // makes its first pages, which must not decode pictures nobody will see; a decode begun
    // at one size and restarted at another costs two).
    property bool placed: false
    readonly property bool zoomed: (pager.currentItem as PhotoPage)?.zoomed ?? false
    readonly property bool holdsSwipe: (pager.currentItem as PhotoPage)?.holdsSwipe ?? false

    color: Theme.viewerBackground

    Component.onCompleted: {
        // The index first: filling the pager moves it to 0, which sets `key` to the first item.
        const index = sequence.load(key, Navigator.fromScreen, Navigator.fromKey);
        pager.model = sequence;
        pager.currentIndex = index;
        pager.positionViewAtIndex(index, ListView.Beginning);
        texts.forceLayout();  // the band's height now: the picture is decoded once, at its size
        aside.forceLayout();
        placed = true;
    }

    ListView {
        id: pager
        objectName: "photoPager"
        anchors.fill: parent
        // A zoomed picture or a seek bar owns the drag: the pager moves only between fitted
        // pictures.
        interactive: !screen.holdsSwipe
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        boundsBehavior: Flickable.StopAtBounds
        highlightMoveDuration: 250
        cacheBuffer: 0  // the pages either side only: a section may hold thousands
        clip: true

        onCurrentIndexChanged: {
            if (currentIndex >= 0 && currentIndex < screen.count)
                screen.key = screen.sequence.keyAt(currentIndex);
        }

        delegate: PhotoPage {
            live: screen.placed
            width: pager.width
            height: pager.height
            // The texts leave room below the fitted picture; zoomed, it takes the screen.
            bottomMargin: screen.showInfo && !zoomed ? info.height + 2 * Theme.gap : 0
            onTapped: screen.showInfo = !screen.showInfo
        }
    }

    Rectangle {
        // Keeps the texts legible over a zoomed picture.
        anchors.fill: info
        anchors.margins: -Theme.gap / 2
        visible: info.visible && screen.zoomed
        color: Theme.overPicture
        radius: Theme.radius
    }

    // Large controls at the picture's sides (on a portrait screen, below a landscape picture,
    // where they do not cover it); zoomed, the finger pans and they step aside.
    readonly property real stepY: info.stacked
                                  ? pager.height - info.height - 2 * Theme.gap - Theme.target * 1.15
                                    - (item.kind === "video" ? Theme.target + Theme.gap : 0)
                                  : (pager.height - info.height - Theme.gap - Theme.target * 1.15) / 2
    StepButton {
        objectName: "photoPrevious"
        anchors.left: parent.left
        anchors.leftMargin: Theme.gap
        y: screen.stepY
        visible: !screen.zoomed && pager.currentIndex > 0
        iconName: "back"
        Accessible.name: qsTr("Previous")
        onTapped: pager.decrementCurrentIndex()
    }
    StepButton {
        objectName: "photoNext"
        anchors.right: parent.right
        anchors.rightMargin: Theme.gap
        y: screen.stepY
        visible: !screen.zoomed && pager.currentIndex < screen.count - 1
        iconName: "forward"
        Accessible.name: qsTr("Next")
        onTapped: pager.incrementCurrentIndex()
    }
    StepButton {
        objectName: "photoClose"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        iconName: "close"
        Accessible.name: qsTr("Close")
        onTapped: Navigator.back()
    }

    // Caption and credit on the left, where the eye ends; the way to the event and the count
    // on the right. Zoomed, the way to the event steps aside; the rest stays, on a panel.
    Item {
        id: info
        objectName: "photoInfo"
        visible: screen.showInfo
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        // On a portrait screen the caption takes the whole width, the rest goes below it.
        readonly property bool stacked: screen.width < screen.height
        height: stacked ? texts.implicitHeight + Theme.gap / 2 + aside.implicitHeight
                        : Math.max(texts.implicitHeight, aside.implicitHeight)

        Column {
            id: texts
            width: parent.width - (info.stacked ? 0 : aside.width + Theme.gap * 2)
            spacing: Theme.gap / 4

            Row {
                spacing: Theme.gap / 2
                width: parent.width

                SampleBadge {
                    id: badge
                    visible: screen.item.sample ?? false
                }
                Label {
                    objectName: "photoCaption"
                    width: parent.width - (badge.visible ? badge.width + parent.spacing : 0)
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
        }
        Row {
            id: aside
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            spacing: Theme.gap

            KioskButton {
                objectName: "photoEvent"
                anchors.verticalCenter: parent.verticalCenter
                visible: (screen.item.event ?? "") !== "" && !screen.zoomed
                maximumWidth: info.width * (info.stacked ? 0.7 : 0.35)
                text: qsTr("About this: %1").arg(screen.item.eventTitle ?? "")
                fontSize: Theme.smallSize
                onTapped: Navigator.open(Navigator.Event, screen.item.event)
            }
            Text {
                objectName: "photoPosition"
                anchors.verticalCenter: parent.verticalCenter
                visible: screen.count > 1
                text: (pager.currentIndex + 1) + " / " + screen.count
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                color: Theme.text
                font.family: Theme.bodyFont
                font.pixelSize: Theme.leadSize
                font.weight: Font.DemiBold
            }
        }
    }
}
