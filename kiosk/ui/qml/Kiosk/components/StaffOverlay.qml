pragma ComponentBehavior: Bound
import QtQuick
import Kiosk
import Kiosk.Backend

// The staff panel, behind the corner and the PIN (kiosk.ui.staff_panel): today's use, the
// kiosk's health, its content, and the kiosk itself. It covers the whole screen and closes
// itself after a minute untouched.
Rectangle {
    id: staffPanel
    objectName: "staffPanel"

    visible: StaffPanel.open
    z: 65  // over the PIN pad (60), under the staff corner (70)
    color: Theme.background

    TapHandler {
        // a touch between the controls stays on the panel
    }

    Row {
        id: tabs
        x: Theme.margin
        y: Theme.gap
        spacing: Theme.gap / 2
        Repeater {
            model: [
                { "page": "today", "label": qsTr("Today") },
                { "page": "health", "label": qsTr("Health") },
                { "page": "content", "label": qsTr("Content") },
                { "page": "kiosk", "label": qsTr("Kiosk") }
            ]
            KioskButton {
                required property var modelData
                objectName: "staffPage-" + modelData.page
                text: modelData.label
                checked: StaffPanel.page === modelData.page
                onTapped: StaffPanel.choosePage(modelData.page)
            }
        }
    }
    KioskButton {
        objectName: "closeStaffPanel"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        y: Theme.gap
        iconName: "close"
        text: qsTr("Back to the exhibition")
        onTapped: StaffPanel.close()
    }

    Flickable {
        id: page
        anchors.top: tabs.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: footer.top
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        contentHeight: shown.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: shown
            width: page.width
            spacing: Theme.gap

            StaffResult {}

            // Today
            Flow {
                visible: StaffPanel.page === "today"
                width: parent.width
                spacing: Theme.gap
                Repeater {
                    model: StaffPanel.figures
                    Column {
                        id: figure
                        required property var modelData
                        readonly property string label: ({
                                "visitsToday": qsTr("Visits today"),
                                "visitsWeek": qsTr("Visits, last 7 days"),
                                "medianToday": qsTr("Median visit today"),
                                "medianWeek": qsTr("Median visit, 7 days")
                            })[modelData.key] ?? ""
                        width: 380 * Theme.unit
                        Text {
                            text: figure.modelData.value
                            textFormat: Text.PlainText
                            Accessible.role: Accessible.StaticText
                            Accessible.name: figure.label + ": " + text
                            color: Theme.accent
                            font.family: Theme.titleFont
                            font.pixelSize: Theme.figureSize
                        }
                        Label {
                            text: figure.label
                            color: Theme.textMuted
                            font.pixelSize: Theme.fixedControlSize
                            Accessible.ignored: true
                        }
                    }
                }
            }
            Row {
                visible: StaffPanel.page === "today"
                width: parent.width
                spacing: Theme.gap * 2
                BarChart {
                    objectName: "staffChart-items"
                    width: (parent.width - Theme.gap * 2) / 2
                    height: implicitHeight
                    title: qsTr("Most opened, last 7 days")
                    bars: StaffPanel.topItems
                }
                BarChart {
                    objectName: "staffChart-languages"
                    width: (parent.width - Theme.gap * 2) / 2
                    height: implicitHeight
                    title: qsTr("Languages, last 7 days")
                    bars: StaffPanel.languages
                }
            }
            BarChart {
                objectName: "staffChart-hours"
                visible: StaffPanel.page === "today"
                width: parent.width
                height: visible ? implicitHeight : 0
                title: qsTr("Visits by hour, last 7 days")
                bars: StaffPanel.perHour
                across: true
            }

            // Health
            Repeater {
                model: StaffPanel.page === "health" ? StaffPanel.health : []
                Row {
                    id: line
                    required property var modelData
                    required property int index
                    objectName: "health-" + index
                    spacing: Theme.gap
                    Label {
                        width: 360 * Theme.unit
                        text: ({
                                "shown": qsTr("Exhibition shown"),
                                "version": qsTr("Kiosk version"),
                                "running": qsTr("Running for"),
                                "run": qsTr("Run"),
                                "memory": qsTr("Memory"),
                                "disk": qsTr("Disk"),
                                "sound": qsTr("Sound"),
                                "errors": qsTr("Errors, last day")
                            })[line.modelData.about] ?? line.modelData.about
                        color: Theme.textMuted
                        font.pixelSize: Theme.fixedControlSize
                    }
                    Label {
                        width: shown.width - 360 * Theme.unit - Theme.gap
                        text: (line.modelData.ok ? "" : "⚠ ")
                              + StaffWords.said(line.modelData.said, line.modelData.args)
                        color: line.modelData.ok ? Theme.text : Theme.accent
                        font.pixelSize: Theme.fixedControlSize
                    }
                }
            }

            StaffContent {
                visible: StaffPanel.page === "content"
                width: parent.width
            }
            StaffKiosk {
                visible: StaffPanel.page === "kiosk"
                width: parent.width
            }
        }
    }

    Column {
        id: footer
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        Repeater {
            model: StaffPanel.actions
            Label {
                required property string modelData
                width: footer.width
                text: modelData
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
