pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window
import Kiosk.Backend

// The kiosk window: the attract loop, or a visit with its bar (Home, Back, language, text
// size) over a stack of screens; the idle warning and the staff PIN pad above everything.
Window {
    id: root

    required property bool windowed
    required property bool preview  // the draft, not the published snapshot (kiosk preview)

    width: 1280
    height: 800
    color: Theme.background
    title: preview ? qsTr("Preview of the draft — not published") : Exhibition.title
    flags: windowed ? Qt.Window : (Qt.Window | Qt.FramelessWindowHint)

    Binding {
        // One design pixel per pixel at 1080 on the short side, so portrait gets the same type.
        target: Theme
        property: "unit"
        value: Math.min(root.width, root.height) / 1080
    }

    // The attract loop is made at start; the other screens are compiled when first shown (by
    // URL, not by type), so the kiosk starts without them and without QtMultimedia.
    function page(screen: int): var {
        switch (screen) {
        case Navigator.Attract:
            return attractScreen;
        case Navigator.Home:
            return Qt.resolvedUrl("screens/HomeScreen.qml");
        case Navigator.Chronology:
            return Qt.resolvedUrl("screens/ChronologyScreen.qml");
        case Navigator.Event:
            return Qt.resolvedUrl("screens/EventScreen.qml");
        case Navigator.Media:
            return Qt.resolvedUrl("screens/MediaScreen.qml");
        case Navigator.Photo:
            return Qt.resolvedUrl("screens/PhotoScreen.qml");
        case Navigator.Artworks:
            return Qt.resolvedUrl("screens/ArtworksScreen.qml");
        case Navigator.Artwork:
            return Qt.resolvedUrl("screens/ArtworkScreen.qml");
        case Navigator.Programme:
            return Qt.resolvedUrl("screens/ProgrammeScreen.qml");
        case Navigator.Piece:
            return Qt.resolvedUrl("screens/PieceScreen.qml");
        case Navigator.Search:
            return Qt.resolvedUrl("screens/SearchScreen.qml");
        }
        console.error("Main.qml: no page for screen", screen);  // a Screen added in one place only
        return attractScreen;
    }

    Item {
        anchors.fill: parent
        focus: true

        Text {
            // Above the band a seated visitor reaches (low reach): only the exhibition's name.
            objectName: "aboveReach"
            visible: reach.y > 0
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            anchors.bottom: reach.top
            anchors.bottomMargin: Theme.margin
            horizontalAlignment: Text.AlignHCenter
            text: Exhibition.title
            textFormat: Text.PlainText
            Accessible.ignored: true  // the home screen says it
            color: Theme.textMuted
            font.family: Theme.titleFont
            font.pixelSize: Theme.headingSize
            wrapMode: Text.Wrap
        }

        Item {
            // The visit: its bar and screens, the whole window, or with low reach the lower
            // band of it that a visitor in a wheelchair reaches (settings.toml's share).
            id: reach
            objectName: "reachArea"
            width: parent.width
            y: Navigator.visiting && Access.lowReach ? Math.round(parent.height * (1 - Access.reach)) : 0
            height: Math.max(Theme.barHeight, (keyboard.shown ? keyboardBed.y : parent.height) - y)

            TopBar {
                id: bar
                objectName: "topBar"
                width: parent.width
                height: implicitHeight
                y: Navigator.visiting ? 0 : -height
                visible: Navigator.visiting
                z: 5
            }

            StackView {
                id: stack
                objectName: "stack"
                anchors.top: Navigator.visiting ? bar.bottom : parent.top
                anchors.bottom: parent.bottom
                width: parent.width
                initialItem: attractScreen
                visible: !OpeningHours.asleep  // and so the attract loop stands still

                pushEnter: Transition {
                    ParallelAnimation {
                        NumberAnimation {
                            property: "opacity"
                            from: 0
                            to: 1
                            duration: Theme.motionMs
                        }
                        NumberAnimation {
                            property: "x"
                            from: 60 * Theme.unit
                            to: 0
                            duration: Theme.motionMs
                            easing.type: Easing.OutCubic
                        }
                    }
                }
                pushExit: Transition {
                    NumberAnimation {
                        property: "opacity"
                        to: 0
                        duration: Theme.fastMs
                    }
                }
                popEnter: Transition {
                    NumberAnimation {
                        property: "opacity"
                        from: 0
                        to: 1
                        duration: Theme.motionMs
                    }
                }
                popExit: Transition {
                    NumberAnimation {
                        property: "opacity"
                        to: 0
                        duration: Theme.fastMs
                    }
                }
                replaceEnter: Transition {
                    NumberAnimation {
                        property: "opacity"
                        from: 0
                        to: 1
                        duration: Theme.motionMs
                    }
                }
                replaceExit: Transition {
                    NumberAnimation {
                        property: "opacity"
                        to: 0
                        duration: Theme.fastMs
                    }
                }
            }

            AccessPanel {
                anchors.fill: parent
                z: 10
            }
        }

        Connections {
            target: Navigator

            function onPushed(screen: int, key: string) {
                if (screen === Navigator.Search)
                    keyboard.active = true;  // before the screen, whose field asks for it
                stack.push(root.page(screen), {
                    "key": key
                });
            }
            function onPopped() {
                stack.pop();
            }
            function onReplaced(screen: int) {
                stack.replace(null, root.page(screen));
            }
        }

        Loader {
            // The concert excerpts' player, made at the first excerpt (by URL: the kiosk
            // starts without QtMultimedia).
            active: Audio.needed
            source: Qt.resolvedUrl("components/ExcerptPlayer.qml")
        }
        Rectangle {
            // The keyboard's own width keeps its keys a finger's size; this fills the rest.
            id: keyboardBed
            visible: keyboard.shown
            width: parent.width
            height: keyboard.height
            anchors.bottom: parent.bottom
            color: Theme.keyboardBed
        }
        Loader {
            // Qt Virtual Keyboard, made at the first search (by URL: the kiosk starts without
            // it) and kept; shown on the search screen while its field has the focus.
            id: keyboard
            readonly property bool shown: (item as Item)?.visible ?? false
            active: false
            width: Math.min(parent.width, 1320 * Theme.unit)
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            source: Qt.resolvedUrl("components/Keyboard.qml")
        }
        IdleOverlay {
            anchors.fill: parent
        }
        PinPad {
            anchors.fill: parent
        }
        StaffOverlay {
            anchors.fill: parent
        }
        StaffCorner {
            anchors.left: parent.left
            anchors.bottom: parent.bottom
        }
        SleepCurtain {
            anchors.fill: parent
        }
        PreviewMark {
            visible: root.preview
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.gap / 2
        }
    }

    Component {
        id: attractScreen
        AttractScreen {}
    }
}
