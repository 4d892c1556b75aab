import QtQuick
import Kiosk
import Kiosk.Backend

// One artwork: the picture large, and beside it what the label on a wall would say. Large
// buttons step to the previous and next work of the grid, and close the work.
Item {
    id: screen
    objectName: "artworkScreen"

    property string key: ""
    // Next and previous step within the screen: the navigator knows what is shown (statistics).
    onKeyChanged: Navigator.stepTo(key)
    readonly property var work: detail.item
    readonly property ItemDetail detail: ItemDetail {
        kind: "artwork"
        key: screen.key
    }
    readonly property bool wide: width > height
    readonly property var sequence: Exhibition.artworkSequence
    readonly property int position: sequence.indexOf(key)

    Picture {
        id: picture
        x: Theme.margin
        y: Theme.margin / 2
        width: screen.wide ? parent.width * 0.6 : parent.width - 2 * Theme.margin
        height: screen.wide ? parent.height - Theme.margin : parent.height * 0.5
        color: "transparent"
        fillMode: Image.PreserveAspectFit
        path: screen.work.display ?? ""
        caption: screen.work.caption ?? ""
    }

    StepButton {
        objectName: "artworkPrevious"
        anchors.left: picture.left
        anchors.verticalCenter: picture.verticalCenter
        visible: screen.position > 0
        iconName: "back"
        Accessible.name: qsTr("Previous")
        onTapped: screen.key = screen.sequence[screen.position - 1]
    }
    StepButton {
        objectName: "artworkNext"
        anchors.right: picture.right
        anchors.verticalCenter: picture.verticalCenter
        visible: screen.position >= 0 && screen.position < screen.sequence.length - 1
        iconName: "forward"
        Accessible.name: qsTr("Next")
        onTapped: screen.key = screen.sequence[screen.position + 1]
    }
    StepButton {
        objectName: "artworkClose"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.gap
        iconName: "close"
        Accessible.name: qsTr("Close")
        onTapped: Navigator.back()
    }

    Flickable {
        id: wallLabel
        anchors.left: screen.wide ? picture.right : parent.left
        anchors.leftMargin: screen.wide ? Theme.gap * 2 : Theme.margin
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin + (screen.wide ? Theme.target * 1.15 : 0)
        anchors.top: screen.wide ? parent.top : picture.bottom
        anchors.topMargin: Theme.margin / 2
        anchors.bottom: parent.bottom
        contentHeight: label.height + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: label
            width: parent.width
            spacing: Theme.gap * 0.75

            Row {
                spacing: Theme.gap

                Text {
                    objectName: "artworkPosition"
                    anchors.verticalCenter: parent.verticalCenter
                    visible: screen.sequence.length > 1
                    text: (screen.position + 1) + " / " + screen.sequence.length
                    textFormat: Text.PlainText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    color: Theme.text
                    font.family: Theme.bodyFont
                    font.pixelSize: Theme.leadSize
                    font.weight: Font.DemiBold
                }
                SampleBadge {
                    anchors.verticalCenter: parent.verticalCenter
                    visible: screen.work.sample ?? false
                }
            }
            ScreenHeader {
                width: parent.width
                title: screen.work.title ?? ""
            }
            Label {
                objectName: "artworkArtist"
                width: parent.width
                text: screen.work.artist || qsTr("Name withheld")
                font.pixelSize: Theme.leadSize
            }
            Label {
                width: parent.width
                text: [screen.work.medium, screen.work.year].filter(t => !!t).join(", ")
                color: Theme.textMuted
            }
            Label {
                width: parent.width
                text: screen.work.school ?? ""
                color: Theme.textMuted
            }
            Label {
                width: parent.width
                visible: text !== ""
                text: screen.work.description ?? ""
                font.pixelSize: Theme.smallSize
                color: Theme.textMuted
            }
        }
    }

    ScrollHint {
        flickable: wallLabel
    }
}
