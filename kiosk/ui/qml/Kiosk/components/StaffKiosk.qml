pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The staff panel's Kiosk page: restart, close, shut down the PC (where settings.toml names
// how), and a new staff PIN, typed twice on the pad.
Column {
    id: kioskPage
    spacing: Theme.gap

    property string first: ""
    property string again: ""
    property bool confirming: false

    Flow {
        width: parent.width
        spacing: Theme.gap
        KioskButton {
            objectName: "restartKiosk"
            text: qsTr("Restart the kiosk")
            onTapped: StaffPanel.restart()
        }
        KioskButton {
            objectName: "closeKiosk"
            text: qsTr("Close the kiosk")
            onTapped: StaffPanel.closeKiosk()
        }
        KioskButton {
            objectName: "shutDownPc"
            visible: StaffPanel.canShutDown
            text: qsTr("Shut down the PC")
            onTapped: StaffPanel.shutDown()
        }
    }
    Label {
        visible: !StaffPanel.canShutDown
        width: parent.width
        text: qsTr("Shutting down the PC is not offered: settings.toml names no shutdown_command.")
        color: Theme.textMuted
        font.pixelSize: Theme.fixedControlSize
    }

    Text {
        text: qsTr("New staff PIN")
        textFormat: Text.PlainText
        Accessible.role: Accessible.Heading
        Accessible.name: text
        color: Theme.text
        font.family: Theme.titleFont
        font.pixelSize: Theme.headingSize
    }
    Label {
        objectName: "newPinPrompt"
        width: parent.width
        text: (kioskPage.confirming ? qsTr("The same PIN again:") : qsTr("4 to 12 digits:"))
              + "  " + "●".repeat((kioskPage.confirming ? kioskPage.again : kioskPage.first).length)
        font.pixelSize: Theme.fixedControlSize
    }
    Flow {
        width: Math.min(parent.width, 5 * (Theme.target + Theme.gap / 2))  // two rows of five
        spacing: Theme.gap / 2
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"]
            KioskButton {
                required property string modelData
                objectName: "newPinKey-" + modelData
                width: Theme.target
                text: modelData
                onTapped: {
                    if (kioskPage.confirming)
                        kioskPage.again += modelData;
                    else
                        kioskPage.first += modelData;
                }
            }
        }
    }
    Row {
        spacing: Theme.gap / 2
        KioskButton {
            objectName: "newPinNext"
            visible: !kioskPage.confirming
            enabled: kioskPage.first.length > 0
            text: qsTr("Next")
            onTapped: kioskPage.confirming = true
        }
        KioskButton {
            objectName: "newPinSave"
            visible: kioskPage.confirming
            enabled: kioskPage.again.length > 0
            prominent: true
            text: qsTr("Save the new PIN")
            onTapped: {
                StaffPanel.setPin(kioskPage.first, kioskPage.again);
                kioskPage.first = "";
                kioskPage.again = "";
                kioskPage.confirming = false;
            }
        }
        KioskButton {
            objectName: "newPinClear"
            text: qsTr("Clear")
            onTapped: {
                kioskPage.first = "";
                kioskPage.again = "";
                kioskPage.confirming = false;
            }
        }
    }
}
