import QtQuick
import Kiosk
import Kiosk.Backend

// What the staff panel's last action came to, and a bundle's progress while it installs.
Column {
    width: parent.width
    spacing: Theme.gap / 2
    visible: StaffPanel.result.said !== undefined || StaffPanel.busy

    Label {
        objectName: "staffResult"
        width: parent.width
        text: StaffPanel.busy ? qsTr("Installing… %1%").arg(Math.round(StaffPanel.progress * 100))
                              : StaffWords.said(StaffPanel.result.said, StaffPanel.result.args)
        color: Theme.accent
        font.pixelSize: Theme.fixedControlSize
    }
    Rectangle {
        visible: StaffPanel.busy
        width: parent.width
        height: Theme.gap / 3
        color: Theme.surfaceRaised
        Rectangle {
            width: parent.width * StaffPanel.progress
            height: parent.height
            color: Theme.accent
        }
    }
}
