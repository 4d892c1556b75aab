import QtQuick
import QtQuick.Shapes
import Kiosk

// The seconds left, large, inside a ring that empties as they run out: time made visible,
// for a visitor who does not read the sentence above it.
Item {
    id: ring

    property int secondsLeft: 0
    property int seconds: 1
    property real fraction: secondsLeft / Math.max(1, seconds)

    implicitWidth: 220 * Theme.unit
    implicitHeight: implicitWidth

    // Each tick sets the ring to the time left and sweeps it on towards the next tick's, so it
    // empties at an even pace and is empty when the count is over.
    onSecondsLeftChanged: {
        sweep.stop();
        fraction = secondsLeft / Math.max(1, seconds);
        sweep.to = Math.max(0, secondsLeft - 1) / Math.max(1, seconds);
        if (secondsLeft > 0)
            sweep.start();
    }
    NumberAnimation {
        id: sweep
        target: ring
        property: "fraction"
        duration: Theme.motionless ? 0 : 1000
    }

    Rectangle {
        // The track the arc runs along.
        anchors.fill: parent
        anchors.margins: 1.5 * Theme.unit
        radius: width / 2
        color: "transparent"
        border.width: 11 * Theme.unit
        border.color: Theme.line
    }
    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer

        ShapePath {
            objectName: "countdownArc"
            fillColor: "transparent"
            strokeColor: Theme.accent
            strokeWidth: 14 * Theme.unit
            capStyle: ShapePath.RoundCap
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: (ring.width - 14 * Theme.unit) / 2
                radiusY: radiusX
                startAngle: -90
                sweepAngle: 360 * ring.fraction
            }
        }
    }
    Text {
        objectName: "countdownNumber"
        anchors.centerIn: parent
        text: ring.secondsLeft
        textFormat: Text.PlainText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        color: Theme.text
        font.family: Theme.titleFont
        font.pixelSize: Theme.figureSize
    }
}
