pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The sources the chronology draws on, over the screen that asked for them.
Item {
    id: panel
    objectName: "sourcesPanel"

    property bool open: false

    visible: opacity > 0
    opacity: open ? 1 : 0
    z: 10

    Behavior on opacity {
        NumberAnimation {
            duration: Theme.motionMs
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        Accessible.role: Accessible.Button  // a touch beside the sheet closes it
        Accessible.name: qsTr("Close")
        Accessible.onPressAction: panel.open = false

        TapHandler {
            onTapped: panel.open = false
        }
    }

    Rectangle {
        id: sheet
        anchors.right: parent.right
        width: Math.min(parent.width, 1100 * Theme.unit)
        height: parent.height
        color: Theme.surface
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Sources")

        TapHandler {
            // taps on the sheet stay on the sheet
        }

        KioskButton {
            objectName: "closeSources"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.gap
            iconName: "close"
            text: qsTr("Close")
            onTapped: panel.open = false
        }

        Flickable {
            id: sourcesList
            anchors.fill: parent
            anchors.margins: Theme.margin
            anchors.topMargin: Theme.margin + Theme.target
            contentHeight: list.height
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: list
                width: parent.width
                spacing: Theme.gap * 1.5

                Text {
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    text: qsTr("Sources")
                    color: Theme.text
                    font.family: Theme.titleFont
                    font.pixelSize: Theme.headingSize
                }
                Repeater {
                    model: panel.open ? Exhibition.sources : []

                    SourceEntry {
                        required property var modelData
                        width: list.width
                        source: modelData
                    }
                }
            }
        }

        ScrollHint {
            flickable: sourcesList
            fadeColor: Theme.surface
        }
    }
}
