pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// One page of the viewer's pager: a zoomable picture of the section, by its sha.
Item {
    id: page

    required property string modelData
    required property int index
    readonly property var media: Exhibition.mediaItem(modelData, Visit.language)
    readonly property alias zoomed: picture.zoomed
    property real bottomMargin: 0

    signal tapped

    objectName: "photoPage-" + index

    ZoomablePicture {
        id: picture
        objectName: "zoomable-" + page.index
        anchors.fill: parent
        anchors.margins: zoomed ? 0 : Theme.gap
        anchors.bottomMargin: zoomed ? 0 : Math.max(Theme.gap, page.bottomMargin)
        slug: page.modelData
        path: page.media.display ?? ""
        caption: page.media.caption ?? ""
        alt: page.media.alt ?? ""
        aspect: page.media.aspect ?? 0
        displayWidth: page.media.displayWidth ?? 0
        onTapped: page.tapped()
    }
}
