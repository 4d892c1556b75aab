import QtQuick
import Kiosk

// Shows a visitor that a page goes on: a slim bar on the right whose thumb says where they
// are, and a fade along the bottom while more lies below. Touches pass through it.
Item {
    id: hint

    required property Flickable flickable
    // Across what the hint spans: a list inset from the screen's sides passes the screen, so
    // that its bar stands in the margin, where every page has it, not over the list's cards.
    property Item span: flickable
    property color fadeColor: Theme.background

    readonly property bool needed: flickable.contentHeight > flickable.height + 1

    anchors.top: flickable.top
    anchors.bottom: flickable.bottom
    anchors.left: span.left
    anchors.right: span.right
    visible: needed

    Rectangle {
        objectName: "moreBelow"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 72 * Theme.unit
        // High contrast keeps every letter whole: the bar alone says that more lies below.
        opacity: hint.flickable.atYEnd || Theme.contrast ? 0 : 1
        gradient: Gradient {
            GradientStop {
                position: 0
                color: Theme.fade(hint.fadeColor, 0)
            }
            GradientStop {
                position: 1
                color: hint.fadeColor
            }
        }

        Behavior on opacity {
            NumberAnimation {
                duration: Theme.fastMs
            }
        }
    }

    Rectangle {
        id: track
        objectName: "scrollBar"
        anchors.right: parent.right
        anchors.rightMargin: 12 * Theme.unit
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap
        width: 6 * Theme.unit
        radius: width / 2
        color: Theme.line

        Rectangle {
            width: parent.width
            radius: width / 2
            color: Theme.accent
            y: Math.max(0, hint.flickable.visibleArea.yPosition) * track.height
            height: Math.min(1, hint.flickable.visibleArea.heightRatio) * track.height
        }
    }
}
