pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// A picture fitted to the screen that zooms: pinch, or double-tap to zoom in at the finger and
// again to fit. Zoomed, a drag pans it (the pager leaves the drag alone). Three layers, each
// loaded only when needed, off the GUI thread: the display rendition at the fitted size; the
// same at its own size once zoomed; past that, the full detail of the part on screen.
Item {
    id: zoomable

    property string slug: ""
    property string path: ""
    property string caption: ""
    property string alt: ""
    property real aspect: 0  // width / height of the display rendition; 0 when unknown
    property int displayWidth: 0
    property real zoom: 1
    readonly property bool zoomed: zoom > 1.001
    readonly property var full: slug !== "" ? Exhibition.zoomLevels(slug) : ({})
    readonly property real fitWidth: aspect <= 0 ? width
                                     : Math.min(width, height * aspect)
    readonly property real fitHeight: aspect <= 0 ? height : fitWidth / aspect
    readonly property real maxZoom: Math.max(2.5, (full.width ?? 0) / Math.max(1, fitWidth))
    readonly property alias contentX: flick.contentX
    readonly property alias ready: fitted.ready  // the fitted picture is decoded and shown
    readonly property alias contentY: flick.contentY

    signal tapped

    function zoomAt(px: real, py: real, target: real) {
        const fx = (flick.contentX + px - canvas.x) / canvas.width;
        const fy = (flick.contentY + py - canvas.y) / canvas.height;
        zoom = Math.max(1, Math.min(maxZoom, target));
        flick.contentX = Math.max(0, Math.min(flick.contentWidth - width,
                                              canvas.x + fx * canvas.width - px));
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - height,
                                              canvas.y + fy * canvas.height - py));
    }

    function fit() {
        zoom = 1;
        flick.contentX = 0;
        flick.contentY = 0;
    }

    Accessible.role: Accessible.Graphic
    Accessible.name: alt || caption

    Flickable {
        id: flick
        anchors.fill: parent
        interactive: false  // the handlers below move it: a Flickable would take the fingers
        boundsBehavior: Flickable.StopAtBounds
        contentWidth: Math.max(width, canvas.width)
        contentHeight: Math.max(height, canvas.height)
        clip: true

        Item {
            id: canvas
            objectName: "zoomCanvas"
            width: zoomable.fitWidth * zoomable.zoom
            height: zoomable.fitHeight * zoomable.zoom
            x: Math.max(0, (flick.width - width) / 2)
            y: Math.max(0, (flick.height - height) / 2)

            Picture {
                id: fitted
                anchors.fill: parent
                color: "transparent"
                fillMode: Image.Stretch
                path: zoomable.path
                caption: zoomable.caption
                alt: zoomable.alt
            }
            Image {
                // The rendition at its own size: sharper than the fitted one, once zoomed.
                anchors.fill: parent
                source: zoomable.zoomed && zoomable.path !== "" ? "file://" + zoomable.path : ""
                asynchronous: true
                visible: status === Image.Ready
            }
            TileLayer {
                anchors.fill: parent
                full: zoomable.full
                active: zoomable.zoomed && canvas.width > zoomable.displayWidth
                viewX: flick.contentX - canvas.x
                viewY: flick.contentY - canvas.y
                viewWidth: flick.width
                viewHeight: flick.height
            }
        }
    }

    PinchHandler {
        id: pinch
        target: null
        onScaleChanged: delta => {
            zoomable.zoomAt(centroid.position.x, centroid.position.y, zoomable.zoom * delta);
        }
    }

    DragHandler {
        // Zoomed, one finger pans; at fit it is off, and the pager takes the swipe.
        id: pan
        target: null
        enabled: zoomable.zoomed
        maximumPointCount: 1
        property real startX: 0
        property real startY: 0
        onActiveChanged: {
            startX = flick.contentX;
            startY = flick.contentY;
        }
        onTranslationChanged: {
            flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width,
                                                  startX - translation.x));
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                                  startY - translation.y));
        }
    }

    TapHandler {
        exclusiveSignals: TapHandler.SingleTap | TapHandler.DoubleTap
        onSingleTapped: zoomable.tapped()
        onDoubleTapped: eventPoint => {
            if (zoomable.zoomed)
                zoomable.fit();
            else
                zoomable.zoomAt(eventPoint.position.x, eventPoint.position.y, 2.5);
        }
    }
}
