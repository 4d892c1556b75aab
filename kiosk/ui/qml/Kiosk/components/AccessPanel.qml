pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The Access panel: high contrast, reduced motion, low reach and read aloud, each a switch
// that holds for this visit only.
Item {
    id: panel
    objectName: "accessPanel"

    visible: Access.panelOpen

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        Accessible.role: Accessible.Button  // a touch beside the panel closes it
        Accessible.name: qsTr("Close")
        Accessible.onPressAction: Access.showPanel(false)

        TapHandler {
            onTapped: Access.showPanel(false)
        }
    }

    Rectangle {
        objectName: "accessSheet"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - 2 * Theme.margin, 1100 * Theme.unit)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius * 2
        color: Theme.surface
        border.width: Math.max(1, 2 * Theme.unit)
        border.color: Theme.line
        Accessible.role: Accessible.Dialog
        Accessible.name: heading.text

        TapHandler {}  // a touch on the sheet stays on it

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap

            Text {
                id: heading
                width: parent.width
                text: qsTr("Access")
                textFormat: Text.PlainText
                Accessible.role: Accessible.Heading
                Accessible.name: text
                color: Theme.text
                font.family: Theme.titleFont
                font.pixelSize: Theme.headingSize
                wrapMode: Text.Wrap
            }

            Repeater {
                model: [
                    { "name": "highContrast", "label": qsTr("High contrast") },
                    { "name": "reducedMotion", "label": qsTr("Reduced motion") },
                    { "name": "lowReach", "label": qsTr("Low reach: everything within reach of a seated visitor") },
                    { "name": "readAloud", "label": qsTr("Read aloud") }
                ]

                KioskButton {
                    id: choice
                    required property var modelData
                    readonly property string option: modelData.name
                    objectName: "access-" + option
                    width: column.width
                    maximumWidth: column.width
                    text: modelData.label
                    iconName: checked ? "check" : "unchecked"
                    checkable: true
                    checked: Access[option] ?? false
                    onTapped: Access.choose(option, !checked)
                }
            }

            KioskButton {
                objectName: "closeAccess"
                anchors.right: parent.right
                iconName: "close"
                text: qsTr("Close")
                prominent: true
                onTapped: Access.showPanel(false)
            }
        }
    }
}
