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

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 1000 * Theme.unit)
        spacing: Theme.gap * 1.5

        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Still there?")
            color: Theme.text
            font.family: Theme.titleFont
            font.pixelSize: Theme.titleSize * 1.2
            wrapMode: Text.Wrap
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
