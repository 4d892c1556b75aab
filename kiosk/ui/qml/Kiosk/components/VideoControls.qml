import QtQuick
import Kiosk

// Under a video: play/pause, a seek bar to tap or drag, and the time run and the whole.
// A finger on the seek bar is held from touch-down, so the viewer's pager does not swipe.
Item {
    id: controls

    property real position: 0  // ms
    property real duration: 0  // ms
    property bool playing: false
    readonly property bool seeking: press.active
    readonly property real fraction: duration > 0 ? Math.min(1, position / duration) : 0

    signal toggled
    signal seek(real ms)

    implicitHeight: Theme.target

    function seekTo(x: real) {
        if (controls.duration > 0)
            controls.seek(Math.max(0, Math.min(1, x / bar.width)) * controls.duration);
    }

    KioskButton {
        id: toggle
        objectName: "videoPlayPause"
        anchors.verticalCenter: parent.verticalCenter
        iconName: controls.playing ? "pause" : "play"
        prominent: !controls.playing
        Accessible.name: controls.playing ? qsTr("Pause") : qsTr("Play")
        onTapped: controls.toggled()
    }

    Item {
        id: bar
        objectName: "videoSeek"
        activeFocusOnTab: true
        Accessible.role: Accessible.Slider
        Accessible.name: qsTr("Position in the film")
        Accessible.description: time.text
        Accessible.onIncreaseAction: controls.seek(Math.min(controls.duration, controls.position + 10000))
        Accessible.onDecreaseAction: controls.seek(Math.max(0, controls.position - 10000))
        Accessible.onPressAction: controls.toggled()
        Keys.onLeftPressed: controls.seek(Math.max(0, controls.position - 10000))
        Keys.onRightPressed: controls.seek(Math.min(controls.duration, controls.position + 10000))
        anchors.left: toggle.right
        anchors.leftMargin: Theme.gap
        anchors.right: time.left
        anchors.rightMargin: Theme.gap
        height: parent.height

        Rectangle {
            id: track
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: 8 * Theme.unit
            radius: height / 2
            color: Theme.line

            Rectangle {
                width: parent.width * controls.fraction
                height: parent.height
                radius: height / 2
                color: Theme.accent
            }
        }
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            x: track.width * controls.fraction - width / 2
            width: (press.active ? 40 : 28) * Theme.unit
            height: width
            radius: width / 2
            color: Theme.text
        }
        FocusRing {}
        PointHandler {
            id: press
        }
        TapHandler {
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: eventPoint => controls.seekTo(eventPoint.position.x)
        }
        DragHandler {
            target: null
            yAxis.enabled: false
            onCentroidChanged: if (active)
                controls.seekTo(centroid.position.x)
        }
    }

    Text {
        id: time
        objectName: "videoTime"
        textFormat: Text.PlainText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: Theme.clock(controls.position / 1000) + " / " + Theme.clock(controls.duration / 1000)
        color: Theme.textMuted
        font.family: Theme.bodyFont
        font.pixelSize: Theme.smallSize
        font.features: {
            "tnum": 1
        }
    }
}
