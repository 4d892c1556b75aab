pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The staff panel's Content page: the snapshots kept, any one made current again with a
// tap; and the exhibition bundles found in the inbox and on USB sticks, installed with a tap.
Column {
    id: content
    spacing: Theme.gap

    Text {
        text: qsTr("Exhibitions kept")
        textFormat: Text.PlainText
        Accessible.role: Accessible.Heading
        Accessible.name: text
        color: Theme.text
        font.family: Theme.titleFont
        font.pixelSize: Theme.headingSize
    }
    Repeater {
        model: StaffPanel.snapshots
        Row {
            id: kept
            required property var modelData
            spacing: Theme.gap
            Label {
                width: 520 * Theme.unit
                anchors.verticalCenter: parent.verticalCenter
                text: kept.modelData.name + "  ·  " + kept.modelData.published
                font.pixelSize: Theme.fixedControlSize
            }
            Label {
                visible: kept.modelData.shown
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Shown now")
                color: Theme.accent
                font.pixelSize: Theme.fixedControlSize
            }
            KioskButton {
                objectName: "rollBack-" + kept.modelData.name
                visible: !kept.modelData.shown
                text: qsTr("Show this one")
                onTapped: StaffPanel.rollBack(kept.modelData.name)
            }
        }
    }

    Text {
        text: qsTr("Bundles found in the inbox and on USB sticks")
        textFormat: Text.PlainText
        Accessible.role: Accessible.Heading
        Accessible.name: text
        color: Theme.text
        font.family: Theme.titleFont
        font.pixelSize: Theme.headingSize
    }
    Label {
        visible: StaffPanel.bundles.length === 0
        width: content.width
        text: qsTr("None found. Put a bundle folder on a USB stick, plug it in, and open this page again.")
        color: Theme.textMuted
        font.pixelSize: Theme.fixedControlSize
    }
    Repeater {
        model: StaffPanel.bundles
        Row {
            id: bundle
            required property var modelData
            required property int index
            spacing: Theme.gap
            Label {
                width: Math.min(900 * Theme.unit, content.width - 400 * Theme.unit)
                anchors.verticalCenter: parent.verticalCenter
                text: bundle.modelData.path
                font.pixelSize: Theme.fixedControlSize
            }
            KioskButton {
                objectName: "install-" + bundle.index
                enabled: !StaffPanel.busy
                text: qsTr("Install")
                prominent: true
                onTapped: StaffPanel.install(bundle.modelData.path)
            }
        }
    }
}
