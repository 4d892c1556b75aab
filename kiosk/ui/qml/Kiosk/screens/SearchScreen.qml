pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Kiosk
import Kiosk.Backend

// Search: a large field, the results as the visitor types (grouped as the sections are, the
// typed words marked), and the exhibition's own words to try when nothing is typed or found.
// The keyboard is the window's (Main.qml), shown below while the field has the focus.
Item {
    id: screen
    objectName: "searchScreen"

    property string key: ""

    function groupName(group: string): string {
        switch (group) {
        case "events":
            return qsTr("Events");
        case "media":
            return qsTr("Photos and video");
        case "artworks":
            return qsTr("Artworks");
        case "programme":
            return qsTr("Programme");
        }
        return group;
    }
    // What to say above the suggestions; an exhibition with no places, years or names to
    // offer (photos alone) offers none, and the words do not promise any.
    function hint(nothingFound: bool, offered: bool): string {
        const typed = Search.query.trim();
        if (nothingFound)
            return offered ? qsTr("Nothing found for “%1”. Try one of these:").arg(typed)
                           : qsTr("Nothing found for “%1”.").arg(typed);
        return offered ? qsTr("Type a place, a year or a name, or try one of these:")
                       : qsTr("Type a place, a year or a name.");
    }
    function typeHere() {
        field.forceActiveFocus();  // and so Qt shows the keyboard
    }

    // After the push, once the window has made its keyboard; and again on coming back.
    Component.onCompleted: Qt.callLater(screen.typeHere)
    StackView.onActivated: screen.typeHere()

    Connections {
        // The end of a visit clears the query; the field follows.
        target: Search
        function onQueryChanged() {
            if (field.text !== Search.query)
                field.text = Search.query;
        }
    }

    TextField {
        id: field
        objectName: "searchField"
        x: Theme.margin
        y: Theme.gap
        width: parent.width - 2 * Theme.margin - (erase.visible ? erase.width + Theme.gap : 0)
        height: Theme.target
        leftPadding: Theme.gap
        rightPadding: Theme.gap
        text: Search.query
        placeholderText: qsTr("A place, a year, a name…")
        placeholderTextColor: Theme.textMuted
        color: Theme.text
        font.family: Theme.bodyFont
        font.pixelSize: Theme.leadSize
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Search")
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: Math.max(1, 2 * Theme.unit)
            border.color: field.activeFocus ? Theme.accent : Theme.line
        }
        onTextChanged: Search.setQuery(text)
        onAccepted: screen.forceActiveFocus()  // Enter: the keyboard steps aside for the results
    }
    KioskButton {
        id: erase
        objectName: "searchClear"
        visible: field.text !== ""
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: field.verticalCenter
        iconName: "close"
        text: qsTr("Clear")
        onTapped: {
            field.clear();
            screen.typeHere();
        }
    }

    ListView {
        id: results
        objectName: "searchResults"
        anchors.top: field.bottom
        anchors.topMargin: Theme.gap
        anchors.bottom: parent.bottom
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        visible: count > 0
        clip: true
        spacing: Theme.gap / 3
        boundsBehavior: Flickable.StopAtBounds
        // No rows made ahead off the frame: a letter can empty the results while one is
        // being made, which Qt reports ("DelegateModel::cancel"); 48 rows at most are cheap.
        cacheBuffer: 0
        model: Search.results
        section.property: "group"
        section.delegate: Label {
            required property string section
            objectName: "foundGroup-" + section
            width: results.width
            topPadding: Theme.gap / 2
            bottomPadding: Theme.gap / 3
            text: screen.groupName(section)
            color: Theme.accent
            font.pixelSize: Theme.smallSize
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
        }
        delegate: FoundRow {
            required property string key
            required property string kind
            required property string ref
            required property string title
            required property string detail
            required property string thumb
            required property string marked
            objectName: "found-" + key
            width: results.width
            titleText: title
            detailText: detail
            thumbPath: thumb
            markedTitle: marked
            onTapped: Navigator.openFound(kind, ref)
        }
    }

    Column {
        objectName: "searchSuggestions"
        anchors.top: field.bottom
        anchors.topMargin: Theme.gap * 1.5
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        spacing: Theme.gap
        visible: results.count === 0

        Label {
            objectName: "searchHint"
            width: parent.width
            text: screen.hint(Search.nothingFound, Search.suggestions.length > 0)
            color: Theme.textMuted
            font.pixelSize: Theme.leadSize
        }
        Flow {
            width: parent.width
            spacing: Theme.gap / 2

            Repeater {
                model: Search.suggestions

                KioskButton {
                    required property string modelData
                    objectName: "suggestion-" + modelData
                    text: modelData
                    onTapped: {
                        field.text = modelData;
                        screen.typeHere();
                    }
                }
            }
        }
    }
}
