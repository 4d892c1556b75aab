pragma ComponentBehavior: Bound
import QtQuick

// The full detail of a zoomed picture, for the part on screen only: its zoom tiles at the level
// that matches the size it is drawn at, or, for a picture without tiles, the region of its
// original in view (read again when the view rests). Qt loads both off the GUI thread; until
// they arrive, the rendition beneath stays in view.
Item {
    id: layer

    property var full: ({})  // width, height; tiles, levels, tile, or original
    property bool active: false
    property real viewX: 0
    property real viewY: 0
    property real viewWidth: 0
    property real viewHeight: 0

    readonly property bool tiled: !!full.tiles
    readonly property int tileEdge: full.tile ?? 512
    readonly property int level: !active || !tiled ? 0
        : Math.max(0, Math.min(full.levels - 1, Math.floor(Math.log2(full.width / width))))
    readonly property int levelWidth: active ? Math.ceil(full.width / Math.pow(2, level)) : 1
    readonly property int levelHeight: active ? Math.ceil(full.height / Math.pow(2, level)) : 1
    readonly property real shown: width / levelWidth  // level pixels to layer pixels
    readonly property real step: tileEdge * shown
    readonly property int firstCol: Math.max(0, Math.floor(viewX / step))
    readonly property int firstRow: Math.max(0, Math.floor(viewY / step))
    readonly property int lastCol: Math.min(Math.ceil(levelWidth / tileEdge) - 1,
                                            Math.floor((viewX + viewWidth) / step))
    readonly property int lastRow: Math.min(Math.ceil(levelHeight / tileEdge) - 1,
                                            Math.floor((viewY + viewHeight) / step))
    readonly property int columns: Math.max(0, lastCol - firstCol + 1)
    property rect region: Qt.rect(0, 0, 0, 0)  // of the original, in its pixels

    function readRegion() {
        const left = Math.max(0, Math.floor(viewX / shown));
        const top = Math.max(0, Math.floor(viewY / shown));
        region = Qt.rect(left, top,
                         Math.min(levelWidth, Math.ceil((viewX + viewWidth) / shown)) - left,
                         Math.min(levelHeight, Math.ceil((viewY + viewHeight) / shown)) - top);
    }

    objectName: "tileLayer"
    visible: active && (tiled || !!full.original)
    onViewXChanged: rest.restart()
    onViewYChanged: rest.restart()
    onWidthChanged: rest.restart()
    onVisibleChanged: rest.restart()

    Timer {
        id: rest
        interval: 150
        onTriggered: if (layer.visible && !layer.tiled) layer.readRegion()
    }

    Repeater {
        model: layer.visible && layer.tiled
               ? layer.columns * Math.max(0, layer.lastRow - layer.firstRow + 1) : 0

        Image {
            required property int index
            readonly property int col: layer.firstCol + index % layer.columns
            readonly property int row: layer.firstRow + Math.floor(index / layer.columns)
            x: col * layer.step
            y: row * layer.step
            width: Math.min(layer.tileEdge, layer.levelWidth - col * layer.tileEdge) * layer.shown
            height: Math.min(layer.tileEdge, layer.levelHeight - row * layer.tileEdge) * layer.shown
            source: "file://" + layer.full.tiles + "/" + layer.level + "/" + col + "_" + row + ".jpg"
            asynchronous: true
            opacity: status === Image.Ready ? 1 : 0
        }
    }

    Image {
        objectName: "originalRegion"
        visible: layer.visible && !layer.tiled && layer.region.width > 0
        x: layer.region.x * layer.shown
        y: layer.region.y * layer.shown
        width: layer.region.width * layer.shown
        height: layer.region.height * layer.shown
        source: visible ? "file://" + layer.full.original : ""
        sourceClipRect: layer.region
        asynchronous: true
        opacity: status === Image.Ready ? 1 : 0
    }
}
