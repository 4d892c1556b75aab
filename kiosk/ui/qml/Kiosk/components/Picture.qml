pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// A rendition, decoded off the GUI thread at the size shown. A missing or unreadable file
// shows a quiet placeholder with the caption, never an empty box.
Rectangle {
    id: picture

    property string path: ""
    // A larger rendition of the same picture, and `path`'s own pixels: where `path` would be
    // enlarged to fill the item (a tile on a 4K screen, a panorama's thumbnail) the larger one
    // is decoded instead, at the size shown.
    property string detailPath: ""
    property size pathSize: Qt.size(0, 0)
    readonly property bool pathIsEnough: {
        if (detailPath === "" || pathSize.width <= 0 || pathSize.height <= 0)
            return true;
        const across = width / pathSize.width, down = height / pathSize.height;
        const scale = fillMode === Image.PreserveAspectCrop ? Math.max(across, down)
                                                            : Math.min(across, down);
        return scale <= 1.05;
    }
    property string caption: ""
    property string alt: ""
    property int fillMode: Image.PreserveAspectCrop
    // Which part survives a crop.
    property alias horizontalAlignment: image.horizontalAlignment
    property alias verticalAlignment: image.verticalAlignment
    readonly property bool failed: path === "" || image.status === Image.Error
    readonly property bool ready: image.status === Image.Ready

    color: Theme.surface
    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: alt || caption

    Image {
        id: image
        anchors.fill: parent
        visible: !picture.failed
        // Decoded once: no request until both sides are known (a view lays out its items
        // after making them), then the size and the file together.
        readonly property size wanted: Qt.size(Math.ceil(picture.width), Math.ceil(picture.height))
        sourceSize: wanted
        source: picture.path !== "" && wanted.width > 0 && wanted.height > 0
                ? "file://" + (picture.pathIsEnough ? picture.path : picture.detailPath) : ""
        asynchronous: true
        fillMode: picture.fillMode
        opacity: status === Image.Ready ? 1 : 0

        Behavior on opacity {
            NumberAnimation {
                duration: Theme.motionMs
            }
        }
    }

    Loader {
        // Made only for a picture that failed: a grid's page of tiles made it hidden for each.
        active: picture.failed
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.gap
        sourceComponent: Column {
            objectName: "placeholder"
            spacing: Theme.gap / 2

            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: 48 * Theme.unit
                height: 2 * Theme.unit
                color: Theme.accentDim
            }
            Text {
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: picture.caption !== "" ? picture.caption : qsTr("Picture not available")
                color: Theme.textMuted
                font.family: Theme.bodyFont
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                maximumLineCount: 4
                elide: Text.ElideRight
            }
        }
    }
}
