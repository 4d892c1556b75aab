pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// One page of the viewer's pager, by its sha: a zoomable picture, or a video with its player.
Item {
    id: page

    required property string slug
    required property int index
    readonly property var media: detail.item
    readonly property ItemDetail detail: ItemDetail {
        kind: "media"
        key: page.slug
    }
    readonly property bool isVideo: media.kind === "video"
    readonly property bool zoomed: (content.item as ZoomablePicture)?.zoomed ?? false
    // The page keeps the finger: a zoomed picture pans, a seek bar seeks.
    readonly property bool holdsSwipe: zoomed || ((content.item as VideoPlayer)?.holdsSwipe ?? false)
    property real bottomMargin: 0
    property bool live: true  // false: the page exists, its picture or video is not made yet

    signal tapped

    objectName: "photoPage-" + index

    Loader {
        id: content
        anchors.fill: parent
        anchors.margins: page.zoomed ? 0 : Theme.gap
        anchors.bottomMargin: page.zoomed ? 0 : Math.max(Theme.gap, page.bottomMargin)
        active: page.live
        sourceComponent: page.isVideo ? videoPage : picturePage
    }

    Component {
        id: picturePage

        ZoomablePicture {
            objectName: "zoomable-" + page.index
            slug: page.slug
            path: page.media.display ?? ""
            caption: page.media.caption ?? ""
            alt: page.media.alt ?? ""
            aspect: page.media.aspect ?? 0
            displayWidth: page.media.displayWidth ?? 0
            onTapped: page.tapped()
        }
    }

    Component {
        id: videoPage

        VideoPlayer {
            objectName: "video-" + page.index
            slug: page.slug
            path: page.media.video ?? ""
            poster: page.media.display ?? ""
            alt: page.media.alt ?? ""
            seconds: page.media.duration ?? 0
            aspect: page.media.aspect || 16 / 9
            shown: page.ListView.isCurrentItem
        }
    }
}
