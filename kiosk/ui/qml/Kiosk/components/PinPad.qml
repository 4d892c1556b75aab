pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The staff PIN pad, opened by a long press in the corner. It never says what the PIN is,
// only whether it was wrong, how many tries are left, and when a locked pad opens again.
Item {
    id: pad
    objectName: "pinPad"

    visible: Staff.padOpen
    z: 60

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        Accessible.role: Accessible.Button  // a touch beside the pad closes it
        Accessible.name: qsTr("Cancel")
        Accessible.onPressAction: Staff.closePad()
    }
    TapHandler {
        onTapped: Staff.closePad()
    }

    Rectangle {
        anchors.centerIn: parent
        width: content.width + 2 * Theme.margin
        height: content.height + 2 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface

        TapHandler {
            // taps between the keys stay on the pad
        }

        Column {
            id: content
            anchors.centerIn: parent
            width: Math.max(keys.width, 620 * Theme.unit)
            spacing: Theme.gap

            Text {
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Staff only")
                color: Theme.text
                font.family: Theme.titleFont
                font.pixelSize: Theme.headingSize
            }
            Text {
                objectName: "pinDots"
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                anchors.horizontalCenter: parent.horizontalCenter
                text: Staff.entered > 0 ? "●".repeat(Staff.entered) : " "
                color: Theme.text
                font.pixelSize: Theme.keypadSize
                font.letterSpacing: 8 * Theme.unit
            }
            Text {
                objectName: "pinStatus"
                textFormat: Text.PlainText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: content.width
                horizontalAlignment: Text.AlignHCenter
                text: {
                    switch (Staff.status) {
                    case Staff.NoPin:
                        // A non-breaking hyphen: the command must not break at its "-".
                        return qsTr("No staff PIN is set. Set one with: %1").arg("kiosk set\u2011pin");
                    case Staff.Locked:
                        // Locks grow to an hour: "in 58 minutes", not "in 3480 seconds".
                        if (Staff.lockSecondsLeft > 90)
                            return qsTr("Too many wrong PINs. Try again in %n minute(s).", "", Math.ceil(Staff.lockSecondsLeft / 60));
                        return qsTr("Too many wrong PINs. Try again in %n second(s).", "", Staff.lockSecondsLeft);
                    case Staff.Wrong:
                        return qsTr("Wrong PIN. %n try(s) left.", "", Staff.triesLeft);
                    default:
                        return qsTr("Enter the staff PIN.");
                    }
                }
                color: Staff.status === Staff.Ready ? Theme.textMuted : Theme.accent
                font.family: Theme.bodyFont
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
            }
            Grid {
                id: keys
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.gap / 2

                Repeater {
                    model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "ok"]

                    KioskButton {
                        required property string modelData
                        objectName: "pinKey-" + modelData
                        implicitWidth: Theme.target * 1.4
                        implicitHeight: Theme.target
                        fontSize: modelData === "ok" ? Theme.controlSize : Theme.headingSize
                        iconName: modelData === "erase" ? "erase" : ""
                        text: modelData === "erase" ? "" : modelData === "ok" ? qsTr("OK") : modelData
                        prominent: modelData === "ok"
                        Accessible.name: modelData === "erase" ? qsTr("Erase") : text
                        onTapped: {
                            if (modelData === "erase")
                                Staff.erase();
                            else if (modelData === "ok")
                                Staff.submit();
                            else
                                Staff.press(modelData);
                        }
                    }
                }
            }
            KioskButton {
                objectName: "pinCancel"
                anchors.horizontalCenter: parent.horizontalCenter
                text: qsTr("Cancel")
                onTapped: Staff.closePad()
            }
        }
    }
}
