import QtQuick
import Kiosk
import Kiosk.Backend

// The chronology: on a landscape screen time runs to the right, lane by lane (TimelineAcross);
// on a portrait one it runs down, one event a row (TimelineDown). Each event opens its detail.
Item {
    id: screen
    objectName: "chronologyScreen"

    property string key: ""
    readonly property var section: sectionDetail.item
    readonly property ItemDetail sectionDetail: ItemDetail {
        kind: "section"
        key: screen.key
    }
    readonly property bool portrait: width < height
    readonly property bool hasSources: Exhibition.sources.length > 0

    ScreenHeader {
        id: header
        x: Theme.margin
        y: Theme.margin / 2
        width: parent.width - 2 * Theme.margin - (sourcesButton.visible ? sourcesButton.width
                                                                          + Theme.gap : 0)
        title: screen.section.title ?? ""
        lead: screen.section.intro ?? ""
    }
    KioskButton {
        id: sourcesButton
        objectName: "sourcesButton"
        visible: screen.hasSources
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        y: Theme.margin / 2
        text: qsTr("Sources")
        onTapped: sources.open = true
    }

    Loader {
        anchors.top: header.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.right: parent.right
        sourceComponent: screen.portrait ? down : across
    }
    Component {
        id: across
        TimelineAcross {}
    }
    Component {
        id: down
        TimelineDown {}
    }

    SourcesPanel {
        id: sources
        anchors.fill: parent
    }
}
