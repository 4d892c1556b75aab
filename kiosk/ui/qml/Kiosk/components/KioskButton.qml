import QtQuick
import Kiosk

// A touch button: icon and/or label, at least one touch target in size, with a pressed state
// that shows on touch-down, before the finger lifts.
Rectangle {
    id: button

    property string text: ""
    property string iconName: ""
    property bool checked: false
    property bool checkable: false  // a switch: its checked state is what it says
    property bool prominent: false
    property real fontSize: Theme.controlSize
    // Past this width the label wraps onto more lines, and the button grows taller.
    property real maximumWidth: Number.POSITIVE_INFINITY
    readonly property bool down: tap.pressed

    signal tapped

    implicitWidth: Math.min(maximumWidth, Math.max(Theme.target, row.implicitWidth + 2 * Theme.gap))
    implicitHeight: Math.max(Theme.target, label.height + Theme.gap)
    radius: Theme.radius
    color: down ? Theme.pressed : checked ? Theme.surfaceRaised : prominent ? Theme.accentDim
                                                                           : "transparent"
    border.width: checked || prominent ? 0 : Math.max(1, 1.5 * Theme.unit)
    border.color: Theme.line
    scale: down ? 0.96 : 1
    activeFocusOnTab: true
    Accessible.role: checkable ? Accessible.CheckBox : Accessible.Button
    Accessible.name: text
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.onPressAction: if (enabled)
        button.tapped()

    Behavior on scale {
        NumberAnimation {
            duration: Theme.motionless ? 0 : 80
        }
    }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.gap / 2

        Image {
            id: icon
            visible: button.iconName !== ""
            anchors.verticalCenter: parent.verticalCenter
            source: button.iconName !== "" ? Theme.icon(button.iconName) : ""
            sourceSize.width: 40 * Theme.unit
            sourceSize.height: 40 * Theme.unit
        }
        Text {
            id: label
            visible: button.text !== ""
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, button.maximumWidth - 2 * Theme.gap
                                           - (icon.visible ? icon.width + row.spacing : 0))
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Accessible.ignored: true  // the button says it
            text: button.text
            color: Theme.text
            font.family: Theme.bodyFont
            font.pixelSize: button.fontSize
            font.weight: button.checked ? Font.Bold : Font.Normal
        }
    }

    Rectangle {
        visible: button.checked
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width - 2 * Theme.gap
        height: 3 * Theme.unit
        color: Theme.accent
    }

    FocusRing {}

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: button.tapped()
    }
}
