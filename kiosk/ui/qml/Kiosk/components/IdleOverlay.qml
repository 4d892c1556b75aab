import QtQuick
import Kiosk
import Kiosk.Backend

// "Still there?": a countdown before the visit resets, with one large button to carry on.
Item {
    id: overlay
    objectName: "idleOverlay"

    visible: opacity > 0
    opacity: Idle.warning ? 1 : 0
    z: 50

    Behavior on opacity {
        NumberAnimation {
            duration: Theme.motionMs
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
    }
    // Any touch on the overlay continues the visit (the Idle controller sees it first).
    TapHandler {}

    Rectangle {
        // An opaque panel: the page behind must not show through the words.
        objectName: "idlePanel"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1000 * Theme.unit)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface
        border.width: Math.max(1, 1.5 * Theme.unit)
        border.color: Theme.line

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap * 1.5

            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Still there?")
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                color: Theme.text
                font.family: Theme.titleFont
                font.pixelSize: Theme.titleSize * 1.2
                wrapMode: Text.Wrap
            }
            CountdownRing {
                objectName: "idleRing"
                anchors.horizontalCenter: parent.horizontalCenter
                secondsLeft: Idle.secondsLeft
                seconds: Idle.countdownSeconds
            }
            Label {
                objectName: "idleCountdown"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("The exhibition will start again in %n second(s).", "", Idle.secondsLeft)
                color: Theme.textMuted
                font.pixelSize: Theme.leadSize
            }
            KioskButton {
                objectName: "continueButton"
                anchors.horizontalCenter: parent.horizontalCenter
                implicitWidth: Math.max(480 * Theme.unit, implicitHeight * 3)
                implicitHeight: Theme.target * 1.5
                fontSize: Theme.headingSize
                prominent: true
                text: qsTr("Continue")
                onTapped: Idle.stillHere()
            }
        }
    }
}
